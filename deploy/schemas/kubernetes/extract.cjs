// Regenerates the standalone-strict Kubernetes schemas in this folder from the npm package
// kubernetes-models 4.1.0 (Kubernetes 1.25.2 OpenAPI, one JSON schema per type, registered with addSchema).
//
//   cd "$(mktemp -d)" && npm init -y && npm install kubernetes-models@4.1.0
//   node <repo>/deploy/schemas/kubernetes/extract.cjs <repo>/deploy/schemas/kubernetes
//
// Each output file holds one kind: {"$ref": "#/definitions/<id>", "definitions": {...every type it uses...}},
// with "X#" references rewritten to "#/definitions/X", OpenAPI's "nullable" dropped, and
// "additionalProperties": false added to every object that lists its properties (the "strict"
// flavour: a misspelt field such as "livenesProbe" fails, as it does with kubectl).
"use strict";
const fs = require("fs");
const path = require("path");
const Module = require("module");

const registered = new Map();
const originalLoad = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === "@kubernetes-models/validate") {
    return { register: (id, schema) => registered.set(id, schema) };
  }
  return originalLoad.call(this, request, parent, isMain);
};

const kinds = [
  ["deployment-apps-v1.json", "IoK8sApiAppsV1Deployment", "io.k8s.api.apps.v1.Deployment"],
  ["service-v1.json", "IoK8sApiCoreV1Service", "io.k8s.api.core.v1.Service"],
  ["configmap-v1.json", "IoK8sApiCoreV1ConfigMap", "io.k8s.api.core.v1.ConfigMap"],
  ["secret-v1.json", "IoK8sApiCoreV1Secret", "io.k8s.api.core.v1.Secret"],
  ["ingress-networking-v1.json", "IoK8sApiNetworkingV1Ingress", "io.k8s.api.networking.v1.Ingress"],
  ["horizontalpodautoscaler-autoscaling-v2.json", "IoK8sApiAutoscalingV2HorizontalPodAutoscaler", "io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler"],
  ["job-batch-v1.json", "IoK8sApiBatchV1Job", "io.k8s.api.batch.v1.Job"],
  ["poddisruptionbudget-policy-v1.json", "IoK8sApiPolicyV1PodDisruptionBudget", "io.k8s.api.policy.v1.PodDisruptionBudget"],
];

function rewrite(node) {
  if (Array.isArray(node)) return node.map(rewrite);
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "nullable") continue;
    if (key === "$ref" && typeof value === "string" && value.endsWith("#")) {
      out[key] = "#/definitions/" + value.slice(0, -1);
      continue;
    }
    out[key] = rewrite(value);
  }
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

function closure(id, seen) {
  if (seen.has(id)) return;
  const schema = registered.get(id);
  if (!schema) throw new Error("schema not registered: " + id);
  seen.add(id);
  JSON.stringify(schema, (key, value) => {
    if (key === "$ref" && typeof value === "string" && value.endsWith("#")) closure(value.slice(0, -1), seen);
    return value;
  });
}

const outDir = process.argv[2] || ".";
const packageDir = path.join(process.cwd(), "node_modules", "kubernetes-models");
for (const [file, module, id] of kinds) {
  require(path.join(packageDir, "_schemas", module + ".js")).addSchema();
  const ids = new Set();
  closure(id, ids);
  const definitions = {};
  for (const each of [...ids].sort()) definitions[each] = rewrite(registered.get(each));
  const document = {
    $schema: "http://json-schema.org/draft-07/schema#",
    $comment: "Kubernetes 1.25.2 " + id + ", standalone and strict, from kubernetes-models 4.1.0 (see README.md)",
    $ref: "#/definitions/" + id,
    definitions,
  };
  fs.writeFileSync(path.join(outDir, file), JSON.stringify(document, null, 1) + "\n");
  console.log(file + ": " + ids.size + " definitions");
}
