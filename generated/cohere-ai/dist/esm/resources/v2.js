import {
  V2
} from "../chunks/chunk-5MM54MNY.js";
import "../chunks/chunk-LR5BAII7.js";
export {
  V2
};
