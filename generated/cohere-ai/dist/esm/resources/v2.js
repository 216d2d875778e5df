import {
  V2
} from "../chunks/chunk-3LA4SRKY.js";
import "../chunks/chunk-DIV5O4DD.js";
export {
  V2
};
