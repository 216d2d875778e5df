import {
  V2
} from "../chunks/chunk-YHG2WR4T.js";
import "../chunks/chunk-R4ER5EU3.js";
export {
  V2
};
