import {
  V2
} from "../chunks/chunk-G4NA2OEJ.js";
import "../chunks/chunk-3PYY7QYV.js";
export {
  V2
};
