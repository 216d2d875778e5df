import {
  V2
} from "../chunks/chunk-V7UTG6Q4.js";
import "../chunks/chunk-3UH6TGRN.js";
export {
  V2
};
