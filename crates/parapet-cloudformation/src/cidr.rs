//! `Fn::Cidr`: split an address block into equal subnets.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// Returns `count` consecutive subnets of `block` with `bits` host bits each, as
/// CloudFormation does (`Fn::Cidr ["10.0.0.0/16", 2, 8]` is `10.0.0.0/24, 10.0.1.0/24`).
pub(crate) fn subnets(block: &str, count: u64, bits: u32) -> Result<Vec<String>, String> {
    let (addr, prefix) = block
        .split_once('/')
        .ok_or_else(|| format!("`{block}` is not a CIDR block"))?;
    let prefix: u32 = prefix
        .trim()
        .parse()
        .map_err(|_| format!("`{block}` has an invalid prefix length"))?;
    let addr: IpAddr = addr
        .trim()
        .parse()
        .map_err(|_| format!("`{block}` has an invalid address"))?;
    let width = match addr {
        IpAddr::V4(_) => 32,
        IpAddr::V6(_) => 128,
    };
    if prefix > width {
        return Err(format!("`{block}` has a prefix longer than {width} bits"));
    }
    if bits == 0 || bits > width - prefix {
        return Err(format!(
            "cidrBits {bits} does not fit in `{block}` (at most {} host bits)",
            width - prefix
        ));
    }
    let new_prefix = width - bits;
    let available = 1u128.checked_shl(new_prefix - prefix).unwrap_or(u128::MAX);
    if count == 0 || u128::from(count) > available {
        return Err(format!(
            "`{block}` holds {available} subnets of /{new_prefix}, not {count}"
        ));
    }
    if count > 256 {
        return Err(format!(
            "count {count} is more than the 256 Fn::Cidr allows"
        ));
    }
    let base: u128 = match addr {
        IpAddr::V4(a) => u128::from(u32::from(a)),
        IpAddr::V6(a) => u128::from(a),
    };
    let net_mask = if prefix == 0 {
        0
    } else {
        (!0u128 << (width - prefix)) & mask_width(width)
    };
    let base = base & net_mask;
    let step = 1u128.checked_shl(bits).unwrap_or(0);
    let mut out = Vec::new();
    for i in 0..u128::from(count) {
        let n = base + i * step;
        let text = match addr {
            IpAddr::V4(_) => Ipv4Addr::from(n as u32).to_string(),
            IpAddr::V6(_) => Ipv6Addr::from(n).to_string(),
        };
        out.push(format!("{text}/{new_prefix}"));
    }
    Ok(out)
}

fn mask_width(width: u32) -> u128 {
    if width == 128 {
        u128::MAX
    } else {
        (1u128 << width) - 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_ipv4_and_ipv6_blocks() {
        assert_eq!(
            subnets("10.0.0.0/16", 3, 8).unwrap(),
            vec!["10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24"]
        );
        assert_eq!(
            subnets("192.168.0.0/24", 2, 6).unwrap(),
            vec!["192.168.0.0/26", "192.168.0.64/26"]
        );
        assert_eq!(
            subnets("2001:db8::/56", 2, 64).unwrap(),
            vec!["2001:db8::/64", "2001:db8:0:1::/64"]
        );
        assert!(subnets("10.0.0.0/24", 2, 9).is_err());
        assert!(subnets("10.0.0.0/30", 8, 1).is_err());
        assert!(subnets("nonsense", 1, 8).is_err());
    }
}
