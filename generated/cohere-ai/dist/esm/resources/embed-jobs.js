import {
  EmbedJobs
} from "../chunks/chunk-GQRJ2CON.js";
import "../chunks/chunk-7CSXCE2N.js";
import "../chunks/chunk-3PYY7QYV.js";
export {
  EmbedJobs
};
