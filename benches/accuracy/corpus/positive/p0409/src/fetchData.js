export const load = async () => {
  const r = await fetch('https://x-access-token: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@github.com/{company}/platform.git');
  return r.json();
};
