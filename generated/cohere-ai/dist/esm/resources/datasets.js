import {
  Datasets
} from "../chunks/chunk-YDL6FTP6.js";
import "../chunks/chunk-7CSXCE2N.js";
import "../chunks/chunk-3PYY7QYV.js";
export {
  Datasets
};
