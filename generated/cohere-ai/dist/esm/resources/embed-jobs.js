import {
  EmbedJobs
} from "../chunks/chunk-UC5X3AXN.js";
import "../chunks/chunk-4L7X2HKK.js";
import "../chunks/chunk-C74UE7W2.js";
export {
  EmbedJobs
};
