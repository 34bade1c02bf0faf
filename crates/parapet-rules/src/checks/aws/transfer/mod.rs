pub mod transfer_server_allows_ftp;
