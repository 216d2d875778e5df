import {
  EmbedJobs
} from "../chunks/chunk-SN3J2YE7.js";
import "../chunks/chunk-7CSXCE2N.js";
import "../chunks/chunk-3PYY7QYV.js";
export {
  EmbedJobs
};
