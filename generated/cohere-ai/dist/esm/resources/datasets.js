import {
  Datasets
} from "../chunks/chunk-BXW4RYKH.js";
import "../chunks/chunk-R4ER5EU3.js";
export {
  Datasets
};
