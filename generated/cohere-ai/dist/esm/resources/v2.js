import {
  V2
} from "../chunks/chunk-4SVPF4LF.js";
import "../chunks/chunk-FCL7434D.js";
export {
  V2
};
