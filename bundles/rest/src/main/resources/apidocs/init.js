// Points swagger-ui at the live OpenAPI document of this server (same origin, same credentials).
window.ui = SwaggerUIBundle({
  url: new URL("openapi.json", document.baseURI.replace(/docs\/?.*$/, "")).toString(),
  dom_id: "#api",
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  layout: "StandaloneLayout"
});
