import {
  Datasets
} from "../chunks/chunk-6GNVZJZ3.js";
import "../chunks/chunk-URMUSIMP.js";
import "../chunks/chunk-J5T2KD7K.js";
export {
  Datasets
};
