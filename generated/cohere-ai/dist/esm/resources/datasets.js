import {
  Datasets
} from "../chunks/chunk-NUERSYT2.js";
import "../chunks/chunk-7CSXCE2N.js";
import "../chunks/chunk-3PYY7QYV.js";
export {
  Datasets
};
