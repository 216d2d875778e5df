import {
  Datasets
} from "../chunks/chunk-XMJQSA7C.js";
import "../chunks/chunk-DIV5O4DD.js";
export {
  Datasets
};
