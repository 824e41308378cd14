import { Analytics } from "@corp/analytics";

export const analytics = new Analytics({
  endpoint: "https://events.corp.invalid",
  writeKey: "TYPLvUpr3cYeolpzIWZMntX3iqJ1NrPa",
  flushInterval: 10000,
});
