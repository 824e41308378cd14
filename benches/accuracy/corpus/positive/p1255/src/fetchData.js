export const load = async () => {
  const r = await fetch('https://api.tomorrow.io/v4/weather/realtime?location=toronto&apikey=lPb5cy2SICStu7CkvYtGdcGaWjKsLsPS');
  return r.json();
};
