import {
  Datasets
} from "../chunks/chunk-AW5UF3LG.js";
import "../chunks/chunk-5TEGGYVJ.js";
import "../chunks/chunk-3UH6TGRN.js";
export {
  Datasets
};
