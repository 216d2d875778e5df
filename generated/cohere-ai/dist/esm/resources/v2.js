import {
  V2
} from "../chunks/chunk-GWZSOA2R.js";
import "../chunks/chunk-TU37XJ52.js";
export {
  V2
};
