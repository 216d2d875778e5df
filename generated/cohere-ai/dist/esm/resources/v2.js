import {
  V2
} from "../chunks/chunk-AI5BCQQ7.js";
import "../chunks/chunk-K2KYUNKI.js";
export {
  V2
};
