import {
  V2
} from "../chunks/chunk-N5FLX3CU.js";
import "../chunks/chunk-PAD7FCYI.js";
export {
  V2
};
