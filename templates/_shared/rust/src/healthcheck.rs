//! `healthcheck`: asks the server on `$PORT` for `GET /health`, for Docker's HEALTHCHECK
//! (the runtime image has no curl).

use std::io::{Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpStream};
use std::time::Duration;

pub fn run(port: u16) -> Result<(), String> {
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let timeout = Duration::from_secs(3);
    let check = || -> std::io::Result<String> {
        let mut stream = TcpStream::connect_timeout(&addr, timeout)?;
        stream.set_read_timeout(Some(timeout))?;
        stream.set_write_timeout(Some(timeout))?;
        stream
            .write_all(b"GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")?;
        let mut status_line = [0u8; 12];
        stream.read_exact(&mut status_line)?;
        Ok(String::from_utf8_lossy(&status_line).into_owned())
    };
    match check() {
        Ok(status) if status.ends_with(" 200") => Ok(()),
        Ok(status) => Err(format!("GET http://{addr}/health answered {status:?}")),
        Err(err) => Err(format!("GET http://{addr}/health failed: {err}")),
    }
}
