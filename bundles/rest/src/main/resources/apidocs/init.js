// Points swagger-ui at the live OpenAPI document of this server (same origin, same credentials).
window.ui = SwaggerUIBundle({
  url: new URL("openapi.json", document.baseURI.replace(/docs\/?.*$/, "")).toString(),
  dom_id: "#api",
  deepLinking: true,
  // operations grouped by tag (one per resource area; module tags start with the module's name), areas and
  // operations in a stable order, collapsed until opened, with a filter box over the tags
  tagsSorter: "alpha",
  operationsSorter: "alpha",
  docExpansion: "none",
  filter: true,
  displayOperationId: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  layout: "StandaloneLayout"
});
