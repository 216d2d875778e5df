import {
  V2
} from "../chunks/chunk-HRLUX2BB.js";
import "../chunks/chunk-MJ2VIGOA.js";
export {
  V2
};
