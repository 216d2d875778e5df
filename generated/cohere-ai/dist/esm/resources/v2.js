import {
  V2
} from "../chunks/chunk-KVQY2S35.js";
import "../chunks/chunk-53RGHUHL.js";
export {
  V2
};
