import {
  Datasets
} from "../chunks/chunk-437TFHTK.js";
import "../chunks/chunk-YOYNJXWO.js";
export {
  Datasets
};
