import {
  V2
} from "../chunks/chunk-O3BNNI43.js";
import "../chunks/chunk-MNKPKUBB.js";
export {
  V2
};
