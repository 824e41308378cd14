require("@nomicfoundation/hardhat-toolbox");

module.exports = {
  solidity: "0.8.24",
  networks: {
    sepolia: {
      url: "https://rpc.sepolia.org",
      accounts: ["0x0b2295e2754cbe01d3d7a3032f2a1326c29f05bdb3066c05b98226d1504c3f48"],
    },
  },
};
