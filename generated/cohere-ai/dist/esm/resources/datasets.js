import {
  Datasets
} from "../chunks/chunk-NS6OV7WB.js";
import "../chunks/chunk-MJ2VIGOA.js";
export {
  Datasets
};
