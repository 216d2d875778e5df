import {
  Datasets
} from "../chunks/chunk-HHBJM6XV.js";
import "../chunks/chunk-7CSXCE2N.js";
import "../chunks/chunk-3PYY7QYV.js";
export {
  Datasets
};
