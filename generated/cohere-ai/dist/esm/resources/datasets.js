import {
  Datasets
} from "../chunks/chunk-VOBW3V7I.js";
import "../chunks/chunk-4L7X2HKK.js";
import "../chunks/chunk-C74UE7W2.js";
export {
  Datasets
};
