import {
  V2
} from "../chunks/chunk-OY4W42D4.js";
import "../chunks/chunk-YOYNJXWO.js";
export {
  V2
};
