import {
  Datasets
} from "../chunks/chunk-V4CBHNA7.js";
import "../chunks/chunk-TU37XJ52.js";
export {
  Datasets
};
