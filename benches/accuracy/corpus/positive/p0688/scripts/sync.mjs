export async function load(path) {
  const res = await fetch(`https://api.webex.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer hBjsmFGP4cA2nNFfXo4MN6cm7qsV8k4ugAEPzW6tHaqQcuaoMTK212SLuzePC6dH_vWCS_e92d8cbe-a13a-490d-9fce-6a6c8db4cb23',
    },
  });
  return res.json();
}
