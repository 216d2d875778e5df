import {
  Datasets
} from "../chunks/chunk-TOEVELAY.js";
import "../chunks/chunk-6ZVVZDTM.js";
import "../chunks/chunk-PAD7FCYI.js";
export {
  Datasets
};
