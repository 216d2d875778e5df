import {
  V2
} from "../chunks/chunk-TBREFQQO.js";
import "../chunks/chunk-J5T2KD7K.js";
export {
  V2
};
