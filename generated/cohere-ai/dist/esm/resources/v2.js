import {
  V2
} from "../chunks/chunk-BNE2WLIA.js";
import "../chunks/chunk-C74UE7W2.js";
export {
  V2
};
