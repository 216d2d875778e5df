import {
  Datasets
} from "../chunks/chunk-6426ABWD.js";
import "../chunks/chunk-FFUKIUHX.js";
import "../chunks/chunk-FCL7434D.js";
export {
  Datasets
};
