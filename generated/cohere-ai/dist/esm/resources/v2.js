import {
  V2
} from "../chunks/chunk-3G2ZJZMD.js";
import "../chunks/chunk-LSKZVR3L.js";
export {
  V2
};
