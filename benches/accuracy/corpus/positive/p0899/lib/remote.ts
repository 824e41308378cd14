export const load = async () => {
  const r = await fetch('https://{company}.pipedrive.com/api/v1/deals?api_token=30bf0d983abeed33cfe6496ecfeddf675cac34cb');
  return r.json();
};
