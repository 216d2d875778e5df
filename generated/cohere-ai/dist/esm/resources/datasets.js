import {
  Datasets
} from "../chunks/chunk-F56J3FKV.js";
import "../chunks/chunk-LSKZVR3L.js";
export {
  Datasets
};
