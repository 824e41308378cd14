export const load = async () => {
  const r = await fetch('https://{user}:o6jc3rc4me5zndv62iogzaqjq7etcxo5tlbsome3ktbcutxbneqn@dev.azure.com/{company}/Platform/_git/api');
  return r.json();
};
