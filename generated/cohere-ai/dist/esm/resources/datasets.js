import {
  Datasets
} from "../chunks/chunk-7UCBGRUR.js";
import "../chunks/chunk-53RGHUHL.js";
export {
  Datasets
};
