import {
  Datasets
} from "../chunks/chunk-ATZ5U6P4.js";
import "../chunks/chunk-WU5HCBFA.js";
import "../chunks/chunk-LR5BAII7.js";
export {
  Datasets
};
