import {
  Datasets
} from "../chunks/chunk-DNHBB4BC.js";
import "../chunks/chunk-56R5644G.js";
import "../chunks/chunk-BVSPRZ5J.js";
export {
  Datasets
};
