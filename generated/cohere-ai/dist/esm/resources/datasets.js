import {
  Datasets
} from "../chunks/chunk-GNEPOP2Z.js";
import "../chunks/chunk-K2KYUNKI.js";
export {
  Datasets
};
