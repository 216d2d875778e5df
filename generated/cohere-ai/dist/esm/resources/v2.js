import {
  V2
} from "../chunks/chunk-O4RQ2DXB.js";
import "../chunks/chunk-3PYY7QYV.js";
export {
  V2
};
