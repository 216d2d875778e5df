import {
  Datasets
} from "../chunks/chunk-2XAGAMCH.js";
import "../chunks/chunk-7SYSUNI4.js";
import "../chunks/chunk-MNKPKUBB.js";
export {
  Datasets
};
