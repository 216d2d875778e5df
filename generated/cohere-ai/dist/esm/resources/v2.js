import {
  V2
} from "../chunks/chunk-L36UUG2M.js";
import "../chunks/chunk-BVSPRZ5J.js";
export {
  V2
};
